namespace ProjectMap.Imagery.Mathematics;

/// <summary>
/// A plane projective transform (x, y) → (x', y'): [x' y' 1]ᵀ ~ H·[x y 1]ᵀ. On flat ground the mapping between
/// ground coordinates and image pixels of a pinhole camera is exactly such a transform.
/// </summary>
/// <param name="Matrix">The 3×3 matrix H, defined up to scale.</param>
public readonly record struct Homography(Matrix3 Matrix)
{
    /// <summary>The identity transform.</summary>
    public static Homography Identity { get; } = new(Matrix3.Identity);

    /// <summary>Maps a point; returns false when it maps to infinity or behind the projection centre (w ≤ 0).</summary>
    public bool TryApply(double x, double y, out double mappedX, out double mappedY)
    {
        var m = Matrix;
        var w = (m.M31 * x) + (m.M32 * y) + m.M33;
        if (!(w > 0) || !double.IsFinite(w))
        {
            mappedX = double.NaN;
            mappedY = double.NaN;
            return false;
        }

        mappedX = ((m.M11 * x) + (m.M12 * y) + m.M13) / w;
        mappedY = ((m.M21 * x) + (m.M22 * y) + m.M23) / w;
        return true;
    }

    /// <summary>Maps a point regardless of the sign of w (NaN at infinity).</summary>
    public (double X, double Y) Apply(double x, double y)
    {
        var m = Matrix;
        var w = (m.M31 * x) + (m.M32 * y) + m.M33;
        return (((m.M11 * x) + (m.M12 * y) + m.M13) / w, ((m.M21 * x) + (m.M22 * y) + m.M23) / w);
    }

    /// <summary>
    /// The exact matrix inverse. Its sign is kept, not rescaled: when this maps ground to pixels with w = depth in
    /// front of the camera, the inverse gives w = 1/depth, so <see cref="TryApply"/> still refuses rays that miss the ground.
    /// </summary>
    public Homography Inverse() => new(Matrix.Inverse());

    /// <summary>The transform that applies <paramref name="first"/> then <paramref name="then"/>.</summary>
    public static Homography Compose(Homography first, Homography then) => new(then.Matrix * first.Matrix);
}
