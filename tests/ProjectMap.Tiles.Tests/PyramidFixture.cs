using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Warping;

namespace ProjectMap.Tiles.Tests;

/// <summary>Synthetic photos over a uniform grey ground, tinted so each photo's share of a mosaic pixel can be read off its colour.</summary>
internal sealed class PyramidFixture(string folder)
{
    public static readonly (float R, float G, float B) Red = (1f, 0.5f, 0.5f);
    public static readonly (float R, float G, float B) Blue = (0.5f, 0.5f, 1f);
    public static readonly (float R, float G, float B) Green = (0.5f, 1f, 0.5f);

    public (WarpPhoto Photo, PhotoGeoreference Geo) Photo(string id, double eastM, double northM, double heightM, double yawDeg, double pitchDeg, (float R, float G, float B) tint)
    {
        var frame = new LocalGroundFrame(SyntheticPhoto.Site);
        var camera = frame.ToGeodetic(eastM, northM);
        var geo = SyntheticPhoto.Georeference(camera, heightM, yawDeg, pitchDeg, 600, 400, 500);
        var path = Path.Combine(folder, id + ".png");
        SyntheticPhoto.Render(geo, path, tint: tint, ground: static (_, _) => (200, 200, 200));
        return (SyntheticPhoto.ToWarp(geo, path, id), geo);
    }

    /// <summary>The RGBA (unpremultiplied) of the output pixel over a ground point, read from the pyramid folder.</summary>
    public static byte[] PixelAt(string pyramid, ITileGrid grid, int zoom, GeodeticPoint point)
    {
        var (x, y) = grid.LonLatToGlobalPixel(zoom, point.LongitudeDeg, point.LatitudeDeg);
        var tile = new TileId(zoom, (int)(x / 256), (int)(y / 256));
        var (_, rgba) = PyramidPixels.Read(pyramid, zoom).FirstOrDefault(t => t.Tile == tile);
        if (rgba is null)
        {
            return [0, 0, 0, 0];
        }

        var o = ((((int)y % 256) * 256) + ((int)x % 256)) * 4;
        return rgba[o..(o + 4)];
    }
}
