namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>How a ground marker is painted.</summary>
public enum MarkerKind
{
    /// <summary>A survey ground control target: a square of black and white quarters on a white border.</summary>
    Checker = 0,

    /// <summary>A solid disc of one colour (for tests that locate the marker by colour).</summary>
    Disc,
}
