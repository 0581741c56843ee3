namespace ProjectMap.Geodesy.Measures;

/// <summary>A parcel's computed area beside the declared one.</summary>
/// <param name="ComputedM2">Ellipsoidal area of the parcel in square metres.</param>
/// <param name="ComputedMu">The same area in 亩.</param>
/// <param name="DeclaredMu">The declared area in 亩, or null when none was declared.</param>
/// <param name="DifferencePct">(declared − computed) ÷ computed × 100, or null when there is nothing to compare.</param>
/// <param name="Warning">A sentence when the difference exceeds the tolerance, else null.</param>
public sealed record AreaComparison(double ComputedM2, double ComputedMu, double? DeclaredMu, double? DifferencePct, string? Warning);
