namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>Keeps the nearest (or, with AnyHit, the first) solid a ray meets while <see cref="SolidIndex"/> walks its cells.</summary>
internal struct NearestHitVisitor(RayCaster caster, double oe, double on, double oz, double de, double dn, double dz, double t0, double t1) : ICellVisitor
{
    public SolidHit? Best { get; private set; }

    public bool AnyHit { get; init; }

    public bool Visit(ReadOnlySpan<int> solids, double exitT)
    {
        var limit = Best?.T ?? t1;
        foreach (var solid in solids)
        {
            if (caster.Intersect(solid, oe, on, oz, de, dn, dz, t0, limit, out var hit))
            {
                Best = hit;
                limit = hit.T;
                if (AnyHit)
                {
                    return false;
                }
            }
        }

        // Hits beyond this cell's exit could still be beaten by a later cell; a hit inside it cannot.
        var exitRay = t0 + ((t1 - t0) * exitT);
        return Best is null || Best.Value.T > exitRay;
    }
}
