namespace ProjectMap.Rendering.Maps;

/// <summary>Orientation of a paper page.</summary>
public enum PageOrientation
{
    /// <summary>Wider than tall (the default for district maps).</summary>
    Landscape,

    /// <summary>Taller than wide.</summary>
    Portrait,
}
