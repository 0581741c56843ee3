namespace ProjectMap.Rendering.Synthetic.Timeline;

/// <summary>When a milestone was planned and when it was actually reached (Asia/Shanghai calendar days); either may be unknown.</summary>
/// <param name="Planned">The planned (or latest forecast) date, or null.</param>
/// <param name="Actual">The date it was reached, or null when it has not been (yet).</param>
public readonly record struct MilestoneDates(DateOnly? Planned, DateOnly? Actual);
