using System.Globalization;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Warping;

namespace ProjectMap.Tiles.Benchmarks;

/// <summary>
/// The usual GDAL way to tile a drone photo, for comparison: <c>gdal_translate</c> attaches the photo's four image
/// corners as ground control points (lon/lat from our georeference, EPSG:4326), <c>gdalwarp -t_srs EPSG:3857</c> warps
/// it (with four GCPs GDAL fits a first-order polynomial, an affine transform, not the photo's homography; bilinear
/// resampling, an alpha band), and <c>gdal2tiles.py --xyz</c> cuts the tiles (average resampling for the lower zooms,
/// transparent tiles excluded, no viewer). Single-threaded: GDAL_NUM_THREADS=1 and one gdal2tiles process.
/// </summary>
public static class GdalTileChain
{
    /// <summary>The three steps' command lines for a photo and zoom range, writing into <paramref name="workDirectory"/> (tiles in its <c>tiles/</c>).</summary>
    public static IReadOnlyList<(string Program, string[] Arguments)> Commands(string photoPath, WarpPhoto photo, ZoomRange zooms, string workDirectory)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var ic = CultureInfo.InvariantCulture;
        var translate = new List<string> { "-q", "-of", "VRT", "-a_srs", "EPSG:4326" };
        foreach (var (u, v) in new (double, double)[] { (0, 0), (photo.WidthPx, 0), (photo.WidthPx, photo.HeightPx), (0, photo.HeightPx) })
        {
            var g = photo.Ground(u, v) ?? throw new InvalidOperationException("an image corner does not meet the ground: GDAL's corner GCPs cannot describe this photo");
            translate.AddRange(["-gcp", u.ToString("R", ic), v.ToString("R", ic), g.LongitudeDeg.ToString("R", ic), g.LatitudeDeg.ToString("R", ic)]);
        }

        var vrt = Path.Combine(workDirectory, "gcp.vrt");
        var warped = Path.Combine(workDirectory, "warped.tif");
        translate.AddRange([Path.GetFullPath(photoPath), vrt]);
        return
        [
            ("gdal_translate", translate.ToArray()),
            ("gdalwarp", ["-q", "-overwrite", "-t_srs", "EPSG:3857", "-r", "bilinear", "-dstalpha", "-of", "GTiff", vrt, warped]),
            ("gdal2tiles.py", ["-q", "--xyz", "-z", zooms.ToString(), "-w", "none", "-r", "average", "--processes", "1", "-x", warped, Path.Combine(workDirectory, "tiles")]),
        ];
    }

    /// <summary>The environment every step runs with (one thread).</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string> { ["GDAL_NUM_THREADS"] = "1", ["GDAL_CACHEMAX"] = "64" };

    /// <summary>Runs the chain measured, step by step; the total is the sum of wall and CPU times and the largest peak memory, with each step's run in <see cref="MeasuredRun.Steps"/>.</summary>
    public static MeasuredRun Run(string photoPath, WarpPhoto photo, ZoomRange zooms, string workDirectory)
    {
        Directory.CreateDirectory(workDirectory);
        double wall = 0, cpu = 0, peak = 0;
        var steps = new List<MeasuredRun>();
        foreach (var (program, args) in Commands(photoPath, photo, zooms, workDirectory))
        {
            var r = ProcessMeter.Run(program, args, Environment);
            if (r.ExitCode != 0)
            {
                return r with { StandardError = $"{program} failed: {r.StandardError}" };
            }

            steps.Add(r);
            wall += r.WallSeconds;
            cpu += r.CpuSeconds;
            peak = Math.Max(peak, r.PeakRssMb);
        }

        return new MeasuredRun(0, wall, cpu, peak, string.Empty, string.Empty, "GDAL chain", steps);
    }
}
