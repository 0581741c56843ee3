using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Warping;

namespace ProjectMap.Tiles.Mosaic;

/// <summary>
/// A tile being blended: premultiplied RGBA sums (0–255 scale, floats) to which each participating photo adds its
/// weighted share, the participants' block mappings (computed once), and how many photos are still to come.
/// </summary>
internal sealed class TileAccumulator(TileId tile, int[] participants, BlockMapping[][] mappings, int size)
{
    public TileId Tile { get; } = tile;

    /// <summary>Indices of the photos that touch this tile.</summary>
    public int[] Participants { get; } = participants;

    /// <summary>Per participant (same order), its block mappings.</summary>
    public BlockMapping[][] Mappings { get; } = mappings;

    public float[] Sums { get; } = new float[size * size * 4];

    public int Remaining { get; set; } = participants.Length;

    /// <summary>The sums as premultiplied RGBA bytes.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Sums.Length];
        for (var i = 0; i < Sums.Length; i += 4)
        {
            var a = (byte)Math.Clamp((int)(Sums[i + 3] + 0.5f), 0, 255);
            bytes[i + 3] = a;
            for (var c = 0; c < 3; c++)
            {
                bytes[i + c] = (byte)Math.Clamp((int)(Sums[i + c] + 0.5f), 0, a);
            }
        }

        return bytes;
    }
}
