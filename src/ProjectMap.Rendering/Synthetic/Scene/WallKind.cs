namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>How the side faces of a box look.</summary>
public enum WallKind
{
    /// <summary>Plain cladding or concrete, with faint panel joints.</summary>
    Plain = 0,

    /// <summary>A facade with rows of windows, one row per storey.</summary>
    Windows,

    /// <summary>Scaffolding wrapped in green safety netting (安全网).</summary>
    Netting,

    /// <summary>Ribbed steel sheet cladding (industrial buildings).</summary>
    Ribbed,
}
