namespace ProjectMap.Rendering.Maps;

/// <summary>What a map shows about each project.</summary>
public enum MapOverlay
{
    /// <summary>Parcels filled by progress (schedule or investment, see <see cref="ProgressMeasure"/>) on a classed, colour-blind-safe ramp.</summary>
    Completion,

    /// <summary>Circles whose area is proportional to planned total investment, filled by investment progress.</summary>
    Investment,

    /// <summary>Parcels outlined red/amber/green by status (滞后/预警/正常), each with its own line style as well.</summary>
    Status,
}
