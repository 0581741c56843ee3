using ProjectMap.Domain.Projects;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>A planned building laid out on its parcel: footprint rectangle in site metres and full height in metres.</summary>
/// <param name="Building">The building from the project's list.</param>
/// <param name="U0">Footprint start along u (site metres).</param>
/// <param name="V0">Footprint start along v (site metres).</param>
/// <param name="U1">Footprint end along u (site metres).</param>
/// <param name="V1">Footprint end along v (site metres).</param>
/// <param name="StoreyHeightM">Storey height in metres.</param>
/// <param name="HeightM">Height of the finished building in metres (storeys × storey height plus parapet).</param>
public sealed record PlacedBuilding(Building Building, double U0, double V0, double U1, double V1, double StoreyHeightM, double HeightM)
{
    /// <summary>Footprint area in square metres.</summary>
    public double FootprintM2 => (U1 - U0) * (V1 - V0);

    /// <summary>True for steel-framed halls (workshops, warehouses, canopies); false for concrete-framed buildings.</summary>
    public bool IsSteelHall => Building.Kind is BuildingKind.Workshop or BuildingKind.Warehouse or BuildingKind.Canopy;
}
