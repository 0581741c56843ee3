namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>Which flat layer a painted item belongs to: the ground, or the roofs of buildings (seen where a ray hits a roof).</summary>
public enum Surface
{
    /// <summary>The ground plane (height 0).</summary>
    Ground = 0,

    /// <summary>Roof tops: the item is seen on any box whose roof is painted from the roof layer.</summary>
    Roof,
}
