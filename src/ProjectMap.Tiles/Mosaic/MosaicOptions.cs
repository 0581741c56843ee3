namespace ProjectMap.Tiles.Mosaic;

/// <summary>How photos are blended into tiles.</summary>
public sealed record MosaicOptions
{
    /// <summary>
    /// Seam softness: where photos overlap, each pixel's weights fall off as exp(−(cost − best cost) / (this × best cost)),
    /// cost being (h² + r²)/h (h camera height, r distance from the photo's nadir point), so the most nadir, closest photo
    /// wins and seams blend over a band a few percent of the flying height wide. Default 0.02.
    /// </summary>
    public double SeamSoftness { get; init; } = 0.02;

    /// <summary>Feather at the image borders, as a fraction of the photo's shorter side: weights rise from 0 at the border to 1 this far inside. Default 0.04.</summary>
    public double BorderFeather { get; init; } = 0.04;

    /// <summary>Worker threads (1 = single-threaded; default: the machine's cores).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Decode photos at 1/2, 1/4 or 1/8 when the highest zoom needs no more (JPEG DCT scaling). Default true.</summary>
    public bool ScaledDecoding { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static MosaicOptions Default { get; } = new();
}
