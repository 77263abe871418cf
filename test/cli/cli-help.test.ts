import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { version } from '../../src/cli/version.js';
import { run, tempDir } from './fake-io.js';

const io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '', cwd: '.', stderrIsTTY: false };
const commands = buildProgram(io).commands;

describe('media-framing --help and --version', () => {
  it('has the documented commands', () => {
    expect(commands.map((c) => c.name()).sort()).toEqual([
      'analyze',
      'demo',
      'eval',
      'queue',
      'report',
      'topics',
      'worker',
    ]);
  });

  for (const command of commands) {
    it(`${command.name()} --help documents every option and argument`, async () => {
      const { code, stdout, stderr } = await run([command.name(), '--help'], { cwd: tempDir() });
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const help = stdout.replace(/\s+/g, ' ');
      expect(help).toContain(`Usage: media-framing ${command.name()}`);
      for (const option of command.options) {
        expect(option.description.length, option.long).toBeGreaterThan(10);
        expect(help).toContain(option.long!);
        expect(help).toContain(option.description.replace(/\s+/g, ' '));
      }
      for (const arg of command.registeredArguments) {
        expect(arg.description.length).toBeGreaterThan(10);
        expect(help).toContain(arg.description.replace(/\s+/g, ' '));
      }
    });
  }

  it('--help at the top lists every command and the exit codes', async () => {
    const { code, stdout } = await run(['--help'], { cwd: tempDir() });
    expect(code).toBe(0);
    for (const c of commands) expect(stdout).toContain(c.name());
    expect(stdout).toContain('Exit codes: 0 success, 1 bad data');
  });

  it('--version prints the package version', async () => {
    const { code, stdout } = await run(['--version'], { cwd: tempDir() });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('an unknown option is bad usage: exit 2 and one line on stderr', async () => {
    const { code, stdout, stderr } = await run(['report', '--colour', 'red'], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain("unknown option '--colour'");
  });

  it('no command is bad usage', async () => {
    const { code, stderr } = await run([], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/a command is required/);
  });

  it('an option value outside its choices is bad usage', async () => {
    const { code, stderr } = await run(['report', '--format', 'pdf'], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
