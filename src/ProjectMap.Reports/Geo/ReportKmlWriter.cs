using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using ProjectMap.Reports.Model;
using ProjectMap.Reports.Text;

namespace ProjectMap.Reports.Geo;

/// <summary>
/// Writes the report as one KML 2.2 document with two folders (GIS tools show them as two layers): the projects'
/// parcels styled by status (green 正常, amber 预警, red 滞后) with their month's figures as ExtendedData and a
/// description table, and the month's photo footprints. Coordinates are longitude,latitude in degrees (KML is WGS84;
/// CGCS2000 agrees to the centimetre), exterior rings counter-clockwise.
/// </summary>
public static class ReportKmlWriter
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>The folder (layer) names: projects and photo footprints.</summary>
    public static (string Projects, string Photos) FolderNames(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = ReportText.For(report);
        return (t.Pick("重点项目", "Key projects"), t.Pick("本月航拍范围", "Drone photo footprints"));
    }

    /// <summary>The KML document as UTF-8 bytes.</summary>
    public static byte[] Write(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = ReportText.For(report);
        var (projectsFolder, photosFolder) = FolderNames(report);
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("kml", "http://www.opengis.net/kml/2.2");
            w.WriteStartElement("Document");
            w.WriteElementString("name", $"{t.Title(report)} {t.MonthName(report.Month)}");
            w.WriteElementString("description", t.Credit(report));
            Style(w, "status-normal", "ff2e8b57", "8057c785");
            Style(w, "status-warning", "ff00a5ff", "8040c8ff");
            Style(w, "status-delayed", "ff2020d0", "806060ff");
            Style(w, "photo-footprint", "ff00ffff", null);

            Folder(w, projectsFolder, ReportFeatures.Projects(report), f => ProjectDescription(f, t));
            Folder(w, photosFolder, ReportFeatures.Photos(report), _ => null);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void Style(XmlWriter w, string id, string lineAbgr, string? fillAbgr)
    {
        w.WriteStartElement("Style");
        w.WriteAttributeString("id", id);
        w.WriteStartElement("LineStyle");
        w.WriteElementString("color", lineAbgr);
        w.WriteElementString("width", "2");
        w.WriteEndElement();
        w.WriteStartElement("PolyStyle");
        w.WriteElementString("color", fillAbgr ?? "00ffffff");
        w.WriteElementString("fill", fillAbgr is null ? "0" : "1");
        w.WriteElementString("outline", "1");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Folder(XmlWriter w, string name, IReadOnlyList<ReportFeature> features, Func<ReportFeature, string?> description)
    {
        w.WriteStartElement("Folder");
        w.WriteElementString("name", name);
        foreach (var f in features)
        {
            w.WriteStartElement("Placemark");
            w.WriteElementString("name", f.Name);
            if (description(f) is { } html)
            {
                w.WriteStartElement("description");
                w.WriteCData(html);
                w.WriteEndElement();
            }

            w.WriteElementString("styleUrl", "#" + f.Style);
            w.WriteStartElement("ExtendedData");
            foreach (var (key, value) in f.Properties)
            {
                w.WriteStartElement("Data");
                w.WriteAttributeString("name", key);
                w.WriteElementString("value", Value(value));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            Geometry(w, f.Geometry);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Geometry(XmlWriter w, NetTopologySuite.Geometries.Geometry geometry)
    {
        var polygons = RingOrder.Polygons(geometry).ToList();
        if (polygons.Count == 0)
        {
            return;
        }

        if (polygons.Count > 1)
        {
            w.WriteStartElement("MultiGeometry");
        }

        foreach (var polygon in polygons)
        {
            w.WriteStartElement("Polygon");
            var first = true;
            foreach (var ring in RingOrder.Rings(polygon))
            {
                w.WriteStartElement(first ? "outerBoundaryIs" : "innerBoundaryIs");
                w.WriteStartElement("LinearRing");
                w.WriteElementString("coordinates", string.Join(' ', ring.Select(c => string.Create(Ic, $"{Math.Round(c.X, ReportGeoJsonWriter.CoordinateDecimals)},{Math.Round(c.Y, ReportGeoJsonWriter.CoordinateDecimals)},0"))));
                w.WriteEndElement();
                w.WriteEndElement();
                first = false;
            }

            w.WriteEndElement();
        }

        if (polygons.Count > 1)
        {
            w.WriteEndElement();
        }
    }

    private static string ProjectDescription(ReportFeature f, ReportText t)
    {
        string Get(string key) => Value(f.Properties.First(p => p.Key == key).Value);
        var rows = new (string Label, string Value)[]
        {
            (t.Pick("项目编号", "Code"), Get("code")),
            (t.Pick("状态", "Status"), Get("statusLabel")),
            (t.Pick("形象进度", "Stage"), Get("stage")),
            (t.Pick("总投资(万元)", "Total investment (万元)"), Get("totalInvestmentWan")),
            (t.Pick("年度计划(万元)", "Annual plan (万元)"), Get("annualPlanWan")),
            (t.Pick("本月完成(万元)", "This month (万元)"), Get("monthInvestmentWan")),
            (t.Pick("累计完成(万元)", "Cumulative (万元)"), Get("cumulativeInvestmentWan")),
            (t.Pick("投资完成率(%)", "Investment rate (%)"), Get("investmentProgressPct")),
            (t.Pick("计划竣工", "Planned completion"), Get("plannedCompletion")),
            (t.Pick("最新航拍日期", "Latest drone photo"), Get("latestPhotoDate")),
            (t.Pick("原因", "Reasons"), Get("reasons")),
        };
        var html = new StringBuilder("<table>");
        foreach (var (label, value) in rows)
        {
            html.Append("<tr><th align=\"left\">").Append(WebUtility.HtmlEncode(label)).Append("</th><td>").Append(WebUtility.HtmlEncode(value)).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }

    private static string Value(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(Ic),
        double x => x.ToString("R", Ic),
        IFormattable f => f.ToString(null, Ic),
        _ => value.ToString() ?? string.Empty,
    };
}
