namespace ProjectMap.Domain.Projects;

/// <summary>A building a project plans to build or retrofit, with its gross floor area in square metres.</summary>
/// <param name="NameZh">Chinese name, for example 智能数控加工车间.</param>
/// <param name="NameEn">English name, or null when none was given.</param>
/// <param name="Kind">What the building is used for.</param>
/// <param name="FloorAreaM2">Gross floor area (建筑面积) in square metres; zero or positive.</param>
/// <param name="Storeys">Number of storeys above ground, at least 1.</param>
public sealed record Building(string NameZh, string? NameEn, BuildingKind Kind, double FloorAreaM2, int Storeys)
{
    /// <summary>Ground footprint implied by floor area and storeys, in square metres.</summary>
    public double FootprintM2 => Storeys <= 0 ? FloorAreaM2 : FloorAreaM2 / Storeys;
}
