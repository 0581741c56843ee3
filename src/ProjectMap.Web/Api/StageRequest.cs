namespace ProjectMap.Web.Api;

/// <summary>An officer's or admin's update of a project's current stage (形象进度).</summary>
/// <param name="Stage">The stage, for example 主体结构封顶; 1 to 32 characters.</param>
public sealed record StageRequest(string? Stage);
