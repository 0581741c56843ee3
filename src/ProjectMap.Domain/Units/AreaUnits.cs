namespace ProjectMap.Domain.Units;

/// <summary>Chinese land-area units: 1 亩 (mu) = 10000/15 m² ≈ 666.667 m², 1 公顷 = 15 亩.</summary>
public static class AreaUnits
{
    /// <summary>Square metres in one 亩 (mu), exactly 10000/15.</summary>
    public const double SquareMetresPerMu = 10000.0 / 15.0;

    /// <summary>Converts an area in square metres to 亩.</summary>
    public static double SquareMetresToMu(double squareMetres) => squareMetres / SquareMetresPerMu;

    /// <summary>Converts an area in 亩 to square metres.</summary>
    public static double MuToSquareMetres(double mu) => mu * SquareMetresPerMu;
}
