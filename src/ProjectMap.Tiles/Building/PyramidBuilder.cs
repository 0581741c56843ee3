using System.Diagnostics;
using NetTopologySuite.Geometries;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Mosaic;
using ProjectMap.Tiles.Output;
using ProjectMap.Tiles.Warping;

namespace ProjectMap.Tiles.Building;

/// <summary>
/// Builds or updates one pyramid from its photos. With no manifest, other settings (grid, format, zooms, tiler version)
/// or <c>force</c>, everything is rebuilt. Otherwise the photos are compared with the manifest by identity and
/// fingerprint: nothing changed → nothing is done; else only the tiles touched by an added, removed or changed photo
/// (its old footprint and its new one) are rendered again, from every photo that covers them, and those no photo covers
/// any more are deleted.
/// </summary>
public sealed class PyramidBuilder
{
    private readonly ITileGrid _grid;
    private readonly TileFormat _format;
    private readonly ZoomRange _zooms;
    private readonly MosaicTiler _tiler;

    /// <summary>Creates a builder for pyramids of a grid, format and zoom range.</summary>
    public PyramidBuilder(ITileGrid grid, TileFormat format, ZoomRange zooms, MosaicOptions? options = null)
    {
        _grid = grid ?? throw new ArgumentNullException(nameof(grid));
        _format = format;
        _zooms = zooms;
        _tiler = new MosaicTiler(grid, options) { Format = format };
    }

    /// <summary>The tiler (for its tile cover and decode-scale rules).</summary>
    public MosaicTiler Tiler => _tiler;

    /// <summary>Builds or updates the pyramid in <paramref name="store"/> from <paramref name="photos"/>.</summary>
    public PyramidBuildReport Build(ITilePyramidStore store, IReadOnlyList<WarpPhoto> photos, string? project, string? month, string name, string description, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(photos);
        var watch = Stopwatch.StartNew();
        var old = force ? null : store.ReadManifest();
        var manifest = new PyramidManifest
        {
            Grid = _grid.Id,
            Format = _format.Extension(),
            MinZoom = _zooms.Min,
            MaxZoom = _zooms.Max,
            Project = project,
            Month = month,
            BuiltAt = DateTimeOffset.UtcNow,
            Photos = photos.Select(p => new ManifestPhoto(
                p.Id, p.Fingerprint, p.Name, p.Source, p.FootprintLonLat.Shell.Coordinates.Select(c => new[] { c.X, c.Y }).ToList())).ToList(),
        };
        var tileJson = TileJson.Write(name, description, _grid, _format, _zooms, Bounds(photos), manifest);
        if (old is null || !old.SameSettings(manifest.Grid, manifest.Format, _zooms.Min, _zooms.Max))
        {
            store.Clear();
            var full = _tiler.Render(photos, _zooms, store, null, cancellationToken);
            store.Finish(manifest, tileJson);
            return Report("full", photos.Count, full.TilesWritten + full.TilesEmpty, full, 0);
        }

        var before = old.Photos.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var now = photos.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var affected = new HashSet<TileId>();
        var changed = 0;
        foreach (var p in photos)
        {
            if (before.TryGetValue(p.Id, out var was) && was.Fingerprint == p.Fingerprint)
            {
                continue;
            }

            changed++;
            affected.UnionWith(_tiler.TilesOf(p, _zooms));
            if (was is not null)
            {
                affected.UnionWith(TilesOf(PyramidManifest.FootprintOf(was)));
            }
        }

        foreach (var was in old.Photos.Where(p => !now.ContainsKey(p.Id)))
        {
            changed++;
            affected.UnionWith(TilesOf(PyramidManifest.FootprintOf(was)));
        }

        if (changed == 0)
        {
            store.Finish(manifest with { BuiltAt = old.BuiltAt }, tileJson);
            return Report("up to date", photos.Count, 0, null, 0);
        }

        var result = _tiler.Render(photos, _zooms, store, affected, cancellationToken);
        var covered = photos.SelectMany(p => _tiler.TilesOf(p, _zooms)).Where(affected.Contains).ToHashSet();
        var deleted = 0;
        foreach (var t in affected.Where(t => !covered.Contains(t)))
        {
            store.Delete(t);
            deleted++;
        }

        store.Finish(manifest, tileJson);
        return Report("incremental", changed, result.TilesWritten + result.TilesEmpty, result, deleted);

        PyramidBuildReport Report(string mode, int changedPhotos, int rendered, MosaicResult? r, int removed) => new(
            store.Location, project, month, mode, photos.Count, changedPhotos, rendered, r?.TilesWritten ?? 0, removed + (r?.TilesEmpty ?? 0),
            r?.PhotosDecoded ?? 0, r?.MaxProjectionErrorPx ?? 0, watch.Elapsed.TotalSeconds, r);
    }

    private IEnumerable<TileId> TilesOf(Polygon footprint) => _zooms.Levels.SelectMany(z => _grid.TilesCovering(footprint, z));

    private static Envelope Bounds(IReadOnlyList<WarpPhoto> photos)
    {
        var env = new Envelope();
        foreach (var p in photos)
        {
            env.ExpandToInclude(p.FootprintLonLat.EnvelopeInternal);
        }

        return env;
    }
}
