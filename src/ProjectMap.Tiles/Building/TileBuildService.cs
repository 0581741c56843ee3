using ProjectMap.Application.Photos;
using ProjectMap.Application.Storage;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Output;
using ProjectMap.Tiles.Warping;

namespace ProjectMap.Tiles.Building;

/// <summary>
/// <c>projectmap tiles build</c>: one mosaic pyramid per project and capture month from the stored photos (filed under a
/// project and a month at ingest), each through its latest officer correction when it has one, else its pose; updates
/// each pyramid incrementally (<see cref="PyramidBuilder"/>).
/// </summary>
public sealed class TileBuildService(IProjectMapStore store, PhotoFileStore files)
{
    /// <summary>Builds the pyramids the request names; reports one entry per pyramid, plus photos left out and why.</summary>
    public async Task<TileBuildOutcome> BuildAsync(TileBuildRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MbTiles && request.Grid.Id != TileGrid.WebMercator.Id)
        {
            throw new ArgumentException("MBTiles holds Web Mercator tiles only; build the CGCS2000 grid as a folder");
        }

        var stored = await store.Photos.ListAsync(new PhotoQuery(request.ProjectCode, request.Month), cancellationToken).ConfigureAwait(false);
        var skipped = new List<string>();
        var groups = new SortedDictionary<(string Project, string Month), List<StoredPhoto>>();
        foreach (var p in stored)
        {
            if (p.ProjectCode is null || p.Month is null)
            {
                skipped.Add($"{p.FileName}: not filed under a project{(p.Month is null ? " and month" : string.Empty)}");
                continue;
            }

            var key = (p.ProjectCode, p.Month.Value.ToString());
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(p);
        }

        var builder = new PyramidBuilder(request.Grid, request.Format, request.Zooms, request.Mosaic);
        var reports = new List<PyramidBuildReport>();
        foreach (var ((project, month), members) in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var photos = new List<WarpPhoto>();
            foreach (var p in members)
            {
                var correction = request.UseCorrections ? await store.Photos.LatestCorrectionAsync(p.Sha256, cancellationToken).ConfigureAwait(false) : null;
                try
                {
                    photos.Add(WarpPhotos.FromStored(p, correction, files));
                }
                catch (ArgumentException e)
                {
                    skipped.Add($"{p.FileName}: {e.Message}");
                }
            }

            var path = TilePaths.PyramidPath(request.Root, project, month, request.Grid, request.MbTiles);
            using ITilePyramidStore pyramid = request.MbTiles ? new MbTilesPyramidStore(path) : new DirectoryPyramidStore(path, request.Format);
            reports.Add(builder.Build(
                pyramid, photos, project, month, $"{project} {month}",
                $"Drone photo mosaic of {project} for {month} ({photos.Count} photos, the most nadir and closest photo on top)", request.Force, cancellationToken));
        }

        return new TileBuildOutcome(reports, skipped);
    }
}
