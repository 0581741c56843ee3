using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Imagery.Correction;

/// <summary>A fitted correction: pixel → local ground metres, and how well it fits its pairs.</summary>
/// <param name="Model">Which transform was fitted.</param>
/// <param name="PixelToLocal">The transform from pixel (column, row) to local (east, north) metres.</param>
/// <param name="ResidualsM">Per pair, the distance in metres between the fitted and the given ground point.</param>
public sealed record CorrectionFit(CorrectionModel Model, Homography PixelToLocal, IReadOnlyList<double> ResidualsM)
{
    /// <summary>Root-mean-square residual in metres.</summary>
    public double RmsResidualM => ResidualsM.Count == 0 ? 0 : Math.Sqrt(ResidualsM.Average(r => r * r));

    /// <summary>Largest residual in metres.</summary>
    public double MaxResidualM => ResidualsM.Count == 0 ? 0 : ResidualsM.Max();
}
