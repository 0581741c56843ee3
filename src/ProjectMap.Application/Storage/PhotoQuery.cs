using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Storage;

/// <summary>Which stored photos to list; null members do not filter.</summary>
/// <param name="ProjectCode">Only photos filed under this project.</param>
/// <param name="Month">Only photos of this capture month (Asia/Shanghai).</param>
public sealed record PhotoQuery(string? ProjectCode = null, YearMonth? Month = null);
