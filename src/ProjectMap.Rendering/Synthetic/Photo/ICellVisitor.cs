namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>Receives the solids of each grid cell a ray's ground track passes (see <see cref="SolidIndex.Walk{TVisitor}"/>).</summary>
public interface ICellVisitor
{
    /// <summary>Handles one cell's solids; <paramref name="exitT"/> is the track parameter where the ray leaves the cell. Return false to stop.</summary>
    bool Visit(ReadOnlySpan<int> solids, double exitT);
}
