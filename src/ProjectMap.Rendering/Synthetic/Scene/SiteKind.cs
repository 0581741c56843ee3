namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>How a project changes its parcel, read from its attributes.</summary>
public enum SiteKind
{
    /// <summary>New buildings on cleared land (excavation, structure, roofs, site works).</summary>
    NewBuild = 0,

    /// <summary>Photovoltaic modules added to the roof of an existing building (a building named 既有/Existing).</summary>
    RooftopPv,

    /// <summary>A photovoltaic carport built over a parking lot (a building of kind Canopy).</summary>
    PvCarport,

    /// <summary>A small plant room and equipment added inside an existing compound (energy-saving retrofits).</summary>
    Retrofit,
}
