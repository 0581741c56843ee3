using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using ProjectMap.Application.Ledger;
using ProjectMap.Application.Photos.Exports;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Rendering.Maps.Imagery;
using ProjectMap.Rendering.Maps.Tiles;

namespace ProjectMap.Rendering.Maps;

/// <summary>
/// Loads a map's data from a store: every project with its status for the month (the ledger as of the month's last
/// instant, default status rules), and — unless the request turns imagery off — each project's latest drone imagery
/// up to the month: its monthly tile pyramid when the tiles root has one, else the month's photos drawn through their
/// homographies (near-nadir ones; the most nadir one when all are oblique), plus the basemap when one is named.
/// </summary>
public static class MapDataLoader
{
    /// <summary>Photos more oblique than this (degrees from straight down) are left out when a more nadir one exists.</summary>
    public const double NadirToleranceDeg = 20;

    private const string SyntheticMark = "ProjectMap synthetic imagery";

    /// <summary>
    /// Loads the data for <paramref name="request"/>; throws <see cref="ProjectNotFoundException"/> when the request
    /// names a project the store does not hold.
    /// </summary>
    public static async Task<MapData> LoadAsync(IProjectMapStore store, MapRequest request, MapSources sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        var projects = await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false);
        if (request.Project is { } focus && projects.All(p => p.Code != focus))
        {
            throw new ProjectNotFoundException(focus.Value);
        }

        var statuses = await StatusReportService.BuildAsync(store, request.Month, StatusRules.Default, null, cancellationToken).ConfigureAwait(false);
        var photosByProject = new Dictionary<ProjectCode, List<StoredPhoto>>();
        foreach (var p in projects)
        {
            var photos = await store.Photos.ListAsync(new PhotoQuery(p.Code.Value), cancellationToken).ConfigureAwait(false);
            photosByProject[p.Code] = photos.Where(ph => ph.Month is { } m && m <= request.Month).ToList();
        }

        var imagery = new List<IMapImagery>();
        IMapImagery? basemap = null;
        var synthetic = new List<bool>();
        try
        {
            if (sources.BasemapPath is { } basemapPath)
            {
                var source = TileSources.Open(basemapPath);
                basemap = new TileImagery(source, sources.BasemapCredit ?? source.Attribution ?? source.Name);
            }

            if (request.Imagery)
            {
                foreach (var p in projects.Where(p => !p.Parcel.IsEmpty).OrderBy(p => p.Code.Value, StringComparer.Ordinal))
                {
                    var photos = photosByProject[p.Code];
                    var latestMonth = photos.Select(ph => ph.Month!.Value).DefaultIfEmpty().Max();
                    var pyramid = sources.TilesRoot is { } root ? FindPyramid(root, p.Code, request.Month) : null;
                    if (pyramid is not null && (photos.Count == 0 || pyramid.Value.Month >= latestMonth))
                    {
                        imagery.Add(new TileImagery(TileSources.Open(pyramid.Value.Path), $"{p.Code} {pyramid.Value.Month}"));
                        synthetic.AddRange(photos.Where(ph => ph.Month == pyramid.Value.Month).Select(ph => IsSynthetic(sources, ph)));
                        continue;
                    }

                    if (photos.Count == 0 || sources.PhotoFilesRoot is not { } filesRoot)
                    {
                        continue;
                    }

                    foreach (var photo in Chosen(photos.Where(ph => ph.Month == latestMonth).ToList()))
                    {
                        var correction = await store.Photos.LatestCorrectionAsync(photo.Sha256, cancellationToken).ConfigureAwait(false);
                        var path = Path.Combine(filesRoot, photo.StoredPath);
                        imagery.Add(new PhotoImagery(path, correction is null ? PhotoMapping.FromPose(photo) : PhotoMapping.FromCorrection(correction, photo.WidthPx, photo.HeightPx), photo.Footprint, $"{p.Code} {photo.FileName}"));
                        synthetic.Add(IsSynthetic(sources, photo));
                    }
                }
            }
        }
        catch
        {
            basemap?.Dispose();
            foreach (var layer in imagery)
            {
                layer.Dispose();
            }

            throw;
        }

        return MapData.FromProjects(
            projects,
            statuses,
            DistrictTime.EndOf(request.Month),
            code => photosByProject[code].Where(ph => ph.CapturedAt is not null).Select(ph => (DateOnly?)DistrictTime.DateOf(ph.CapturedAt!.Value)).Max(),
            imagery,
            basemap,
            imageryIsSynthetic: synthetic.Count > 0 && synthetic.All(s => s));
    }

    /// <summary>The latest monthly pyramid of a project up to <paramref name="month"/> under a tiles root (folder or .mbtiles), or null.</summary>
    public static (YearMonth Month, string Path)? FindPyramid(string tilesRoot, ProjectCode code, YearMonth month)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tilesRoot);
        var folder = Path.Combine(tilesRoot, code.Value);
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }

        (YearMonth Month, string Path)? best = null;
        foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(folder))
        {
            var name = Path.GetFileName(entry);
            var isFile = name.EndsWith(".mbtiles", StringComparison.OrdinalIgnoreCase);
            if (isFile)
            {
                name = name[..^".mbtiles".Length];
            }
            else if (!System.IO.Directory.Exists(entry) || !System.IO.Directory.EnumerateDirectories(entry).Any())
            {
                continue;
            }

            if (YearMonth.TryParse(name, out var m) && name.Length == 7 && m <= month && (best is null || m > best.Value.Month || (m == best.Value.Month && !isFile)))
            {
                best = (m, entry);
            }
        }

        return best;
    }

    /// <summary>The photos of one month to draw, oblique first so the nadir ones end on top.</summary>
    private static IEnumerable<StoredPhoto> Chosen(List<StoredPhoto> month)
    {
        static double OffNadir(StoredPhoto p) => Math.Abs(p.PitchDeg + 90);
        var near = month.Where(p => OffNadir(p) <= NadirToleranceDeg).ToList();
        var chosen = near.Count > 0 ? near : month.OrderBy(OffNadir).Take(1).ToList();
        return chosen.OrderByDescending(OffNadir).ThenBy(p => p.CapturedAt).ThenBy(p => p.Sha256, StringComparer.Ordinal);
    }

    private static bool IsSynthetic(MapSources sources, StoredPhoto photo)
    {
        if (sources.PhotoFilesRoot is not { } root)
        {
            return false;
        }

        var path = Path.Combine(root, photo.StoredPath);
        try
        {
            var software = ImageMetadataReader.ReadMetadata(path).OfType<ExifIfd0Directory>().FirstOrDefault()?.GetDescription(ExifDirectoryBase.TagSoftware);
            return software?.Contains(SyntheticMark, StringComparison.Ordinal) == true;
        }
        catch (Exception e) when (e is IOException or ImageProcessingException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
