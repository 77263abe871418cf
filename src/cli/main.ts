console.log('media-framing: CLI coming soon');
