namespace ProjectMap.Tiles.Benchmarks;

/// <summary>One child process run (or a chain of them): exit code, wall-clock and CPU seconds, peak resident memory, its output and, for a chain, each step.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="WallSeconds">Wall-clock seconds.</param>
/// <param name="CpuSeconds">User + system CPU seconds.</param>
/// <param name="PeakRssMb">Peak resident set size in MiB (the kernel's ru_maxrss).</param>
/// <param name="StandardError">What it wrote to stderr (the timing line removed).</param>
/// <param name="StandardOutput">What it wrote to stdout.</param>
/// <param name="Label">The program's name (or the chain's).</param>
/// <param name="Steps">For a chain, each step's run in order; empty for one process.</param>
public sealed record MeasuredRun(
    int ExitCode, double WallSeconds, double CpuSeconds, double PeakRssMb, string StandardError, string StandardOutput = "", string Label = "", IReadOnlyList<MeasuredRun>? Steps = null);
