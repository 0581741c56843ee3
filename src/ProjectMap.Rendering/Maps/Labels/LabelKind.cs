namespace ProjectMap.Rendering.Maps.Labels;

/// <summary>How a feature ended up labelled.</summary>
public enum LabelKind
{
    /// <summary>The full label (number, name and figures).</summary>
    Full,

    /// <summary>Only the number badge fitted; the name is in the project list.</summary>
    NumberOnly,

    /// <summary>Nothing fitted without overlapping; the map's note counts these.</summary>
    Omitted,
}
