using System.Collections.Concurrent;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Output;
using ProjectMap.Tiles.Warping;

namespace ProjectMap.Tiles.Mosaic;

/// <summary>
/// Warps photos straight from their pixels into a tile pyramid, photo by photo: each photo is decoded once (at 1/2, 1/4
/// or 1/8 when the highest zoom needs no more), its mip levels built, and every tile it touches at every zoom rendered
/// from them by trilinear sampling through the photo's exact homography. Where photos overlap, each pixel's colour is a
/// weighted blend decided by geometry alone (<see cref="MosaicOptions"/>): the most nadir, closest photo wins, seams and
/// image borders are feathered. A tile shared by several photos is held (premultiplied float sums) until its last photo
/// has been drawn, then encoded; a tile of one photo is encoded at once. Outside every footprint pixels are transparent.
/// </summary>
public sealed class MosaicTiler
{
    private readonly ThreadLocal<byte[]> _scratch;
    private readonly Lock _peakGate = new();
    private readonly ITileGrid _grid;
    private readonly MosaicOptions _options;

    /// <summary>Creates a tiler for a grid.</summary>
    public MosaicTiler(ITileGrid grid, MosaicOptions? options = null)
    {
        _grid = grid ?? throw new ArgumentNullException(nameof(grid));
        _options = options ?? MosaicOptions.Default;
        _scratch = new ThreadLocal<byte[]>(() => new byte[grid.TileSizePx * grid.TileSizePx * 4]);
    }

    private ThreadLocal<byte[]> Scratch => _scratch;

    /// <summary>The tiles each photo touches at each zoom level of a range (footprint polygon against tile squares).</summary>
    public IReadOnlyList<TileId> TilesOf(WarpPhoto photo, ZoomRange zooms)
    {
        ArgumentNullException.ThrowIfNull(photo);
        return zooms.Levels.SelectMany(z => _grid.TilesCovering(photo.FootprintLonLat, z)).ToList();
    }

    /// <summary>
    /// Renders the tiles of <paramref name="zooms"/> that the photos touch (only those in <paramref name="only"/> when
    /// given) and writes them to <paramref name="sink"/>; tiles that come out fully transparent are deleted from it.
    /// </summary>
    public MosaicResult Render(IReadOnlyList<WarpPhoto> photos, ZoomRange zooms, ITileSink sink, IReadOnlySet<TileId>? only = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photos);
        ArgumentNullException.ThrowIfNull(sink);
        var tilesOf = photos.Select(p => TilesOf(p, zooms).Where(t => only is null || only.Contains(t)).ToArray()).ToArray();
        var participants = new Dictionary<TileId, List<int>>();
        for (var i = 0; i < photos.Count; i++)
        {
            foreach (var t in tilesOf[i])
            {
                if (!participants.TryGetValue(t, out var list))
                {
                    participants[t] = list = [];
                }

                list.Add(i);
            }
        }

        var statistics = new ProjectionStatistics();
        var held = new ConcurrentDictionary<TileId, TileAccumulator>();
        var scales = new Dictionary<string, int>();
        int written = 0, empty = 0, peakHeld = 0;
        long peakBytes = 0, decodeTicks = 0, encodeTicks = 0;
        var size = _grid.TileSizePx;
        for (var i = 0; i < photos.Count; i++)
        {
            if (tilesOf[i].Length == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var photo = photos[i];
            var scale = _options.ScaledDecoding ? DecodeScale(photo, tilesOf[i].Max(t => t.Z)) : 1;
            var decodeWatch = System.Diagnostics.Stopwatch.StartNew();
            var pixels = photo.Pixels(scale);
            decodeTicks += decodeWatch.Elapsed.Ticks;
            scales[photo.Id] = pixels.DecodeScale;
            peakBytes = Math.Max(peakBytes, pixels.Bytes);

            var index = i;
            void Draw(TileId tile)
            {
                var members = participants[tile];
                if (members.Count == 1)
                {
                    // One photo covers this tile: draw it straight into bytes and encode.
                    var blocks = TileProjection.Project(_grid, tile, photo, FeatherPx(photo), null, statistics, out _);
                    var buffer = Scratch.Value!;
                    Array.Clear(buffer);
                    SinglePhotoKernel.Draw(blocks, photo, pixels, buffer, size);
                    Emit(tile, buffer);
                    return;
                }

                var acc = held.GetOrAdd(tile, t => Prepare(t, members.ToArray(), photos, statistics));
                lock (_peakGate)
                {
                    peakHeld = Math.Max(peakHeld, held.Count);
                }

                DrawPhoto(acc, index, photos, pixels);
                acc.Remaining--;
                if (acc.Remaining == 0)
                {
                    held.TryRemove(acc.Tile, out _);
                    Emit(tile, acc.ToBytes());
                }
            }

            void Emit(TileId tile, byte[] rgba)
            {
                var encodeWatch = System.Diagnostics.Stopwatch.StartNew();
                var encoded = TileEncoder.Encode(rgba, size, _format);
                if (encoded is null)
                {
                    sink.Delete(tile);
                    Interlocked.Increment(ref empty);
                }
                else
                {
                    sink.Write(tile, encoded);
                    Interlocked.Increment(ref written);
                }

                Interlocked.Add(ref encodeTicks, encodeWatch.Elapsed.Ticks);
            }

            var work = tilesOf[i];
            if (_options.Threads <= 1)
            {
                foreach (var tile in work)
                {
                    Draw(tile);
                }
            }
            else
            {
                Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = cancellationToken }, Draw);
            }
        }

        return new MosaicResult(written, empty, scales.Count, scales, statistics.MaxErrorPx, statistics.Subdivided, peakHeld, peakBytes,
            TimeSpan.FromTicks(decodeTicks).TotalSeconds, TimeSpan.FromTicks(encodeTicks).TotalSeconds);
    }

    private TileFormat _format = TileFormat.Png;

    /// <summary>The format tiles are encoded in (PNG by default).</summary>
    public TileFormat Format
    {
        get => _format;
        init => _format = value;
    }

    private TileAccumulator Prepare(TileId tile, int[] members, IReadOnlyList<WarpPhoto> photos, ProjectionStatistics statistics)
    {
        // One block grid for all participants: the depth the most demanding one needs.
        var mappings = new BlockMapping[members.Length][];
        var depth = 0;
        for (var k = 0; k < members.Length; k++)
        {
            var p = photos[members[k]];
            mappings[k] = TileProjection.Project(_grid, tile, p, FeatherPx(p), null, statistics, out var d);
            depth = Math.Max(depth, d);
        }

        for (var k = 0; k < members.Length; k++)
        {
            if (mappings[k].Length != 1 << (2 * depth))
            {
                var p = photos[members[k]];
                mappings[k] = TileProjection.Project(_grid, tile, p, FeatherPx(p), depth, null, out _);
            }
        }

        return new TileAccumulator(tile, members, mappings, _grid.TileSizePx);
    }

    private double FeatherPx(WarpPhoto photo) => Math.Max(1, _options.BorderFeather * Math.Min(photo.WidthPx, photo.HeightPx));

    private void DrawPhoto(TileAccumulator acc, int photoIndex, IReadOnlyList<WarpPhoto> photos, MipPyramid pixels)
    {
        var self = Array.IndexOf(acc.Participants, photoIndex);
        var count = acc.Participants.Length;
        var size = _grid.TileSizePx;
        var sums = acc.Sums;
        Span<float> colour = stackalloc float[4];
        Span<PixelSample> samples = count <= 64 ? stackalloc PixelSample[count] : new PixelSample[count];
        var softness = _options.SeamSoftness;
        var mine = acc.Mappings[self];
        for (var b = 0; b < mine.Length; b++)
        {
            var block = mine[b];
            for (var y = block.Y0; y < block.Y0 + block.Size; y++)
            {
                var v = y + 0.5;
                for (var x = block.X0; x < block.X0 + block.Size; x++)
                {
                    var u = x + 0.5;
                    var s = block.Evaluate(u, v);
                    if (s.Alpha <= 0)
                    {
                        continue;
                    }

                    double share, alpha;
                    if (count == 1)
                    {
                        share = 1;
                        alpha = s.Alpha;
                    }
                    else
                    {
                        var bestCost = double.MaxValue;
                        alpha = 0;
                        double alphaSum = 0;
                        for (var k = 0; k < count; k++)
                        {
                            samples[k] = k == self ? s : acc.Mappings[k][b].Evaluate(u, v);
                            if (samples[k].Alpha > 0)
                            {
                                bestCost = Math.Min(bestCost, samples[k].CostM);
                                alpha = Math.Max(alpha, samples[k].Alpha);
                                alphaSum += samples[k].Alpha;
                            }
                        }

                        var band = softness * bestCost;
                        double total = 0, mineWeight = 0;
                        for (var k = 0; k < count; k++)
                        {
                            var sk = samples[k];
                            if (sk.Alpha <= 0)
                            {
                                continue;
                            }

                            var w = sk.Alpha * sk.Edge * Math.Exp(-(sk.CostM - bestCost) / band);
                            total += w;
                            if (k == self)
                            {
                                mineWeight = w;
                            }
                        }

                        share = total > 1e-12 ? mineWeight / total : s.Alpha / alphaSum;
                        if (share <= 1e-6)
                        {
                            continue;
                        }
                    }

                    MipSampler.Sample(pixels, s.Column, s.Row, s.Scale, colour);
                    var f = (float)(share * alpha);
                    var o = ((y * size) + x) * 4;
                    sums[o] += colour[0] * f;
                    sums[o + 1] += colour[1] * f;
                    sums[o + 2] += colour[2] * f;
                    sums[o + 3] += colour[3] * f;
                }
            }
        }
    }

    /// <summary>
    /// The largest power of two (1–8) by which the photo can be decoded smaller and still have at least one decoded pixel
    /// per output pixel at <paramref name="maxZoom"/> everywhere on its footprint (checked on a 9 × 9 grid of image points).
    /// </summary>
    public int DecodeScale(WarpPhoto photo, int maxZoom)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var finest = double.MaxValue;
        var m = photo.PixelToLocal.Matrix;
        for (var j = 0; j <= 8; j++)
        {
            for (var i = 0; i <= 8; i++)
            {
                double u = photo.WidthPx * i / 8.0, v = photo.HeightPx * j / 8.0;
                var w = (m.M31 * u) + (m.M32 * v) + m.M33;
                if (!(w > 0))
                {
                    continue;
                }

                var e = ((m.M11 * u) + (m.M12 * v) + m.M13) / w;
                var n = ((m.M21 * u) + (m.M22 * v) + m.M23) / w;
                if ((e * e) + (n * n) > photo.MaxGroundDistanceM * photo.MaxGroundDistanceM)
                {
                    continue;
                }

                // Ground metres per photo pixel along the image axes (the larger).
                var deu = (m.M11 - (e * m.M31)) / w;
                var dnu = (m.M21 - (n * m.M31)) / w;
                var dev = (m.M12 - (e * m.M32)) / w;
                var dnv = (m.M22 - (n * m.M32)) / w;
                var photoPixelM = Math.Sqrt(Math.Max((deu * deu) + (dnu * dnu), (dev * dev) + (dnv * dnv)));
                var g = photo.Frame.ToGeodetic(e, n);
                finest = Math.Min(finest, _grid.GroundPixelSizeM(maxZoom, g.LatitudeDeg) / photoPixelM);
            }
        }

        var scale = 1;
        while (scale < 8 && finest >= scale * 2)
        {
            scale *= 2;
        }

        return scale;
    }
}
