namespace ProjectMap.Tiles.Building;

/// <summary>What <see cref="TileBuildService.BuildAsync"/> did.</summary>
/// <param name="Pyramids">One report per pyramid, by project then month.</param>
/// <param name="Skipped">Photos left out, each with the reason.</param>
public sealed record TileBuildOutcome(IReadOnlyList<PyramidBuildReport> Pyramids, IReadOnlyList<string> Skipped);
