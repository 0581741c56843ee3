using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Output;

/// <summary>Where encoded tiles go. Implementations are safe to call from several threads at once.</summary>
public interface ITileSink
{
    /// <summary>Writes (or replaces) a tile's encoded bytes.</summary>
    void Write(TileId tile, byte[] encoded);

    /// <summary>Removes a tile if it exists (a rebuilt tile that became empty).</summary>
    void Delete(TileId tile);
}
