using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>
/// The colours of the synthetic Yangtze-delta landscape (sRGB, as a camera would record them in daylight), with the
/// vegetation following the month: dull green-brown in winter, fresh green in spring, deep green in summer, golden
/// rice in October.
/// </summary>
public static class Palette
{
    /// <summary>Bare, scraped clay soil.</summary>
    public static readonly SKColor Soil = new(158, 138, 108);

    /// <summary>Darker, moist soil of excavations.</summary>
    public static readonly SKColor WetSoil = new(112, 96, 78);

    /// <summary>Compacted site roads and hardstanding (gravel over soil).</summary>
    public static readonly SKColor Hardstanding = new(150, 146, 136);

    /// <summary>Weathered asphalt.</summary>
    public static readonly SKColor Asphalt = new(84, 87, 90);

    /// <summary>Freshly laid asphalt.</summary>
    public static readonly SKColor NewAsphalt = new(58, 60, 63);

    /// <summary>Concrete slabs and yards.</summary>
    public static readonly SKColor Concrete = new(178, 176, 170);

    /// <summary>Fresh concrete (foundations, floor slabs).</summary>
    public static readonly SKColor FreshConcrete = new(192, 190, 184);

    /// <summary>Sidewalk pavers.</summary>
    public static readonly SKColor Pavers = new(170, 158, 146);

    /// <summary>Road paint.</summary>
    public static readonly SKColor RoadWhite = new(226, 226, 220);

    /// <summary>Centre-line paint.</summary>
    public static readonly SKColor RoadYellow = new(214, 180, 70);

    /// <summary>Canal and river water.</summary>
    public static readonly SKColor CanalWater = new(86, 106, 96);

    /// <summary>Fish-pond water.</summary>
    public static readonly SKColor PondWater = new(78, 104, 92);

    /// <summary>The blue steel roofs typical of Chinese factories.</summary>
    public static readonly SKColor BlueRoof = new(70, 118, 176);

    /// <summary>Light grey or white steel roofs.</summary>
    public static readonly SKColor WhiteRoof = new(214, 216, 216);

    /// <summary>Mid-grey roofs.</summary>
    public static readonly SKColor GreyRoof = new(150, 156, 160);

    /// <summary>Blue site hoarding (围挡).</summary>
    public static readonly SKColor HoardingBlue = new(46, 104, 176);

    /// <summary>Green safety netting on scaffolding.</summary>
    public static readonly SKColor Netting = new(72, 128, 80);

    /// <summary>Plywood formwork.</summary>
    public static readonly SKColor Formwork = new(196, 158, 98);

    /// <summary>Rebar and dark steel.</summary>
    public static readonly SKColor Rebar = new(88, 72, 62);

    /// <summary>Primed structural steel.</summary>
    public static readonly SKColor SteelPrimer = new(138, 84, 64);

    /// <summary>Galvanised or grey-painted steel.</summary>
    public static readonly SKColor SteelGrey = new(128, 134, 140);

    /// <summary>Tower crane yellow.</summary>
    public static readonly SKColor CraneYellow = new(226, 178, 36);

    /// <summary>Photovoltaic module glass.</summary>
    public static readonly SKColor PvPanel = new(34, 46, 74);

    /// <summary>Aluminium module frames and gaps.</summary>
    public static readonly SKColor PvFrame = new(150, 160, 172);

    /// <summary>White wall render.</summary>
    public static readonly SKColor WhiteWall = new(222, 222, 216);

    /// <summary>Light grey metal cladding.</summary>
    public static readonly SKColor GreyCladding = new(196, 200, 202);

    /// <summary>Window glass as seen from the air.</summary>
    public static readonly SKColor Glass = new(70, 96, 118);

    /// <summary>Car paint: white, black, silver, red and blue, as car parks in China show them.</summary>
    public static readonly IReadOnlyList<SKColor> CarColours = [new(232, 232, 230), new(36, 38, 42), new(176, 180, 186), new(120, 30, 34), new(44, 76, 140)];

    /// <summary>Grass and verges in a month (1–12).</summary>
    public static SKColor Grass(int month) => Seasonal(month, new(134, 132, 92), new(118, 150, 84), new(92, 136, 64), new(124, 134, 80));

    /// <summary>Evergreen tree foliage (camphor, osmanthus) in a month.</summary>
    public static SKColor Evergreen(int month) => Seasonal(month, new(70, 92, 58), new(82, 118, 62), new(62, 104, 52), new(70, 100, 56));

    /// <summary>Deciduous tree crowns (plane trees, poplars) in a month: bare grey-brown twigs in winter.</summary>
    public static SKColor Deciduous(int month) => Seasonal(month, new(124, 112, 96), new(112, 150, 76), new(74, 120, 58), new(150, 128, 74));

    /// <summary>Paddy and wheat fields in a month: winter wheat, flooded paddies in June, green rice in summer, gold in October, stubble in November.</summary>
    public static SKColor Field(int month, int variant)
    {
        var rice = month switch
        {
            1 or 2 or 12 => new SKColor(138, 126, 96),
            3 or 4 => new SKColor(112, 140, 78),
            5 => new SKColor(150, 150, 86),
            6 => new SKColor(96, 122, 100),
            7 or 8 => new SKColor(86, 138, 60),
            9 => new SKColor(118, 146, 64),
            10 => new SKColor(188, 166, 92),
            _ => new SKColor(152, 136, 100),
        };
        var vegetables = Seasonal(month, new(96, 118, 74), new(92, 132, 70), new(76, 124, 58), new(96, 124, 66));
        var fallow = Seasonal(month, new(150, 136, 104), new(138, 140, 96), new(120, 136, 84), new(142, 136, 98));
        return (variant % 3) switch { 0 => rice, 1 => vegetables, _ => fallow };
    }

    /// <summary>Scales a colour's brightness by <paramref name="factor"/>.</summary>
    public static SKColor Shade(SKColor c, double factor) =>
        new(ClampByte(c.Red * factor), ClampByte(c.Green * factor), ClampByte(c.Blue * factor), c.Alpha);

    /// <summary>Mixes two colours, <paramref name="t"/> = 0 gives <paramref name="a"/>.</summary>
    public static SKColor Mix(SKColor a, SKColor b, double t) =>
        new(ClampByte(a.Red + ((b.Red - a.Red) * t)), ClampByte(a.Green + ((b.Green - a.Green) * t)), ClampByte(a.Blue + ((b.Blue - a.Blue) * t)), a.Alpha);

    /// <summary>A colour with a new alpha (0–255).</summary>
    public static SKColor WithAlpha(SKColor c, int alpha) => c.WithAlpha((byte)Math.Clamp(alpha, 0, 255));

    /// <summary>A colour varied in brightness by up to ±<paramref name="spread"/> (0.1 = ±10 %) using the generator.</summary>
    public static SKColor Vary(SKColor c, StableRandom random, double spread)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Shade(c, 1 + random.Range(-spread, spread));
    }

    private static SKColor Seasonal(int month, SKColor winter, SKColor spring, SKColor summer, SKColor autumn)
    {
        // Anchor colours mid-January, mid-April, mid-July and mid-October; blend linearly between them.
        var t = (month - 1) / 3.0;
        var i = (int)Math.Floor(t) % 4;
        var f = t - Math.Floor(t);
        SKColor[] anchors = [winter, spring, summer, autumn];
        return Mix(anchors[i], anchors[(i + 1) % 4], f);
    }

    private static byte ClampByte(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);
}
