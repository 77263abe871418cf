/**
 * Frame detection: Policy Frames Codebook dimensions found sentence by sentence, and the frames a
 * whole document carries.
 * @module
 */
export { defaultFrameSentenceRule, type FindFramesOptions, findFrames } from './find-frames.js';
export { articleFrames, type FrameDecisionRule, frameDecisionRules } from './frame-decision.js';
