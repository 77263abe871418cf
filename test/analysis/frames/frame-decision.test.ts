import { describe, expect, it } from 'vitest';
import * as frames from '../../../src/analysis/frames/index.js';
import { articleFrames, frameDecisionRules } from '../../../src/analysis/frames/index.js';
import { FrameId } from '../../../src/topics/frame-schema.js';

describe('articleFrames', () => {
  it('has a rule for each of the 8 frames, with thresholds in range', () => {
    expect(Object.keys(frameDecisionRules).sort()).toEqual([...FrameId.options].sort());
    for (const r of Object.values(frameDecisionRules)) {
      expect(r.minShare).toBeGreaterThanOrEqual(0);
      expect(r.minShare).toBeLessThan(1);
      expect(r.minSentences).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps a frame exactly at its share threshold and drops it just below', () => {
    const rules = { legality: { minShare: 0.1, minSentences: 1 } };
    expect(articleFrames([{ frame: 'legality', sentences: 2 }], 20, rules)).toEqual(['legality']);
    expect(articleFrames([{ frame: 'legality', sentences: 2 }], 21, rules)).toEqual([]);
  });

  it('needs minSentences carrying sentences', () => {
    const rules = { economic: { minShare: 0, minSentences: 2 } };
    expect(articleFrames([{ frame: 'economic', sentences: 1 }], 5, rules)).toEqual([]);
    expect(articleFrames([{ frame: 'economic', sentences: 2 }], 5, rules)).toEqual(['economic']);
  });

  it('applies the default rules, ignores frames without a rule, sorts ids', () => {
    const findings = [
      { frame: 'security-defence', sentences: 3 },
      { frame: 'political', sentences: 1 },
      { frame: 'legality', sentences: 1 },
      { frame: 'health', sentences: 9 },
    ];
    // 3/20 ≥ 0.08 for security; political needs one sentence; legality needs 12% (1/20 is 5%).
    expect(articleFrames(findings, 20)).toEqual(['political', 'security-defence']);
    expect(articleFrames(findings, 0)).toEqual([]);
  });

  it('pins the exports of analysis/frames', () => {
    expect(Object.keys(frames).sort()).toEqual([
      'articleFrames',
      'defaultFrameSentenceRule',
      'findFrames',
      'frameDecisionRules',
    ]);
  });
});
