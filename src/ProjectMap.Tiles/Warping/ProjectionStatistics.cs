namespace ProjectMap.Tiles.Warping;

/// <summary>
/// How well the per-block homographies follow the exact map projection: the largest deviation seen at the check points
/// (output pixels), how many tile-photo pairs were projected and how many needed subdividing. Thread-safe.
/// </summary>
public sealed class ProjectionStatistics
{
    private readonly Lock _gate = new();

    /// <summary>The largest deviation at any check point, in output pixels.</summary>
    public double MaxErrorPx { get; private set; }

    /// <summary>Tile-photo pairs projected.</summary>
    public long Projections { get; private set; }

    /// <summary>Tile-photo pairs that needed more than one block.</summary>
    public long Subdivided { get; private set; }

    /// <summary>The deepest subdivision used (0 = one homography per tile).</summary>
    public int MaxDepth { get; private set; }

    /// <summary>Records one tile-photo projection.</summary>
    public void Record(double errorPx, int depth)
    {
        lock (_gate)
        {
            Projections++;
            MaxErrorPx = Math.Max(MaxErrorPx, errorPx);
            MaxDepth = Math.Max(MaxDepth, depth);
            if (depth > 0)
            {
                Subdivided++;
            }
        }
    }
}
