using NetTopologySuite.Geometries;
using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Maps.Layers;
using ProjectMap.Rendering.Maps.Panel;
using ProjectMap.Rendering.Maps.Styles;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps;

/// <summary>
/// Draws a complete map sheet — frame, title, map, legend, summary, project list, north arrow, scale, credit line and
/// 审图号 slot — into a rectangle of any SkiaSharp canvas: a raster surface, an <see cref="SKDocument"/> PDF page or an
/// SVG canvas. The report places maps on its pages this way; <see cref="Output.MapFileWriter"/> writes files.
/// Deterministic: the same data, request and target give the same drawing (fixed font file, no clock).
/// </summary>
public static class MapRenderer
{
    /// <summary>The smallest extent a map shows, metres (so one small parcel still has surroundings).</summary>
    public const double MinExtentM = 300;

    /// <summary>PDF points per millimetre (72 per inch): the units of an <see cref="SKDocument"/> page canvas.</summary>
    public const float PointsPerMm = (float)(72 / MapPage.MmPerInch);

    /// <summary>
    /// Draws the map for <paramref name="request"/> (month, overlay, language) into <paramref name="rect"/> of a PDF page
    /// canvas (units: points) as vectors — map with its overlay and labels, legend, summary, project list, scale bar,
    /// north arrow, credit line and 审图号 slot, without sheet frames or title, for a page that has its own. Drone imagery
    /// is composed at <see cref="MapPage.Dpi"/> of <see cref="MapRequest.Page"/> and placed as one image.
    /// </summary>
    public static MapRenderResult Draw(SKCanvas canvas, SKRect rect, MapData data, MapRequest request) =>
        Draw(canvas, rect, data, request, PointsPerMm, isVector: true);

    /// <summary>
    /// Draws the map (as <see cref="Draw(SKCanvas, SKRect, MapData, MapRequest)"/>) into <paramref name="rect"/> of a
    /// canvas with <paramref name="unitsPerMm"/> units per millimetre; <paramref name="isVector"/> for PDF and SVG canvases.
    /// </summary>
    public static MapRenderResult Draw(SKCanvas canvas, SKRect rect, MapData data, MapRequest request, float unitsPerMm, bool isVector)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Render(canvas, new MapRenderTarget(rect, unitsPerMm, isVector, request.Page.Dpi, Embedded: true), data, request);
    }

    /// <summary>Draws the sheet for <paramref name="request"/> from <paramref name="data"/> into <paramref name="target"/>.</summary>
    public static MapRenderResult Render(SKCanvas canvas, MapRenderTarget target, MapData data, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var words = new MapWords(request.English);
        var layout = PageLayout.Compute(target.Bounds, target.UnitsPerMm, target.Embedded);
        var warnings = new List<string>();
        using (var paper = new SKPaint { Color = MapPalette.Paper })
        {
            canvas.DrawRect(target.Bounds, paper);
        }

        var focus = request.Project is { } code ? data.Projects.FirstOrDefault(p => p.Project.Code == code) : null;
        if (!target.Embedded)
        {
            SheetFrame.Draw(canvas, layout);
            var title = request.Title ?? words.Title(request.Overlay, request.AreaName, focus?.Project.DisplayName(request.English));
            TitleBlock.Draw(canvas, layout.Title, title, words.Subtitle(request), layout.Metrics);
        }

        var viewport = Viewport(data, focus, layout);
        using var body = MapBodyPainter.Draw(canvas, layout, viewport, data, request, target, warnings);
        var scaleBar = MapPanelPainter.Draw(canvas, layout, viewport, data, request, body);
        var imageryCredit = body.ImageryDrawn ? words.ImageryCredit(data.ImageryIsSynthetic) : null;
        var basemapCredit = body.BasemapDrawn ? data.Basemap!.Description : null;
        FooterBlock.Draw(canvas, layout.Footer, words.Credit(request.AsOfDate, request.Publisher, imageryCredit, basemapCredit), words.ReviewNumber, request.ReviewNumber, layout.Metrics);
        return new MapRenderResult(layout, viewport, scaleBar, body.Labels, warnings);
    }

    /// <summary>
    /// The viewport: the focus project's parcel with its surroundings (about its own size again on each side, at least
    /// <see cref="MinExtentM"/> across), or every parcel with a margin; at a round scale. Null when nothing has a parcel.
    /// </summary>
    public static MapViewport? Viewport(MapData data, MapProject? focus, PageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(layout);
        if (data.Zone is null)
        {
            return null;
        }

        Envelope extent;
        if (focus is { HasParcel: true })
        {
            extent = new Envelope(focus.ParcelGrid.EnvelopeInternal);
            extent.ExpandBy(Math.Max(extent.Width, extent.Height) * 0.9);
        }
        else
        {
            extent = new Envelope();
            foreach (var p in data.Projects.Where(p => p.HasParcel))
            {
                extent.ExpandToInclude(p.ParcelGrid.EnvelopeInternal);
            }

            extent.ExpandBy(Math.Max(Math.Max(extent.Width, extent.Height) * 0.08, 250));
        }

        if (extent.Width < MinExtentM || extent.Height < MinExtentM)
        {
            extent.ExpandBy(Math.Max(0, (MinExtentM - extent.Width) / 2), Math.Max(0, (MinExtentM - extent.Height) / 2));
        }

        return MapViewport.Fit(data.Zone, extent, layout.MapFrame, layout.Metrics.UnitsPerMm, roundScale: true);
    }
}
