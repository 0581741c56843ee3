namespace ProjectMap.Tiles.Benchmarks;

/// <summary>One child process run: exit code, wall-clock and CPU seconds, peak resident memory, and its error output.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="WallSeconds">Wall-clock seconds.</param>
/// <param name="CpuSeconds">User + system CPU seconds.</param>
/// <param name="PeakRssMb">Peak resident set size in MiB (the kernel's ru_maxrss).</param>
/// <param name="StandardError">What it wrote to stderr (the timing line removed).</param>
public sealed record MeasuredRun(int ExitCode, double WallSeconds, double CpuSeconds, double PeakRssMb, string StandardError);
