namespace ProjectMap.Imagery.Mathematics;

/// <summary>A 3×3 matrix of doubles in row-major order (M11 M12 M13 / M21 … / M31 … M33).</summary>
public readonly record struct Matrix3(
    double M11, double M12, double M13,
    double M21, double M22, double M23,
    double M31, double M32, double M33)
{
    /// <summary>The identity matrix.</summary>
    public static Matrix3 Identity { get; } = new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /// <summary>Rotation by <paramref name="angleRad"/> about the first axis (right-handed).</summary>
    public static Matrix3 RotationX(double angleRad)
    {
        var (s, c) = Math.SinCos(angleRad);
        return new Matrix3(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /// <summary>Rotation by <paramref name="angleRad"/> about the second axis (right-handed).</summary>
    public static Matrix3 RotationY(double angleRad)
    {
        var (s, c) = Math.SinCos(angleRad);
        return new Matrix3(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    /// <summary>Rotation by <paramref name="angleRad"/> about the third axis (right-handed).</summary>
    public static Matrix3 RotationZ(double angleRad)
    {
        var (s, c) = Math.SinCos(angleRad);
        return new Matrix3(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    /// <summary>The matrix product a·b.</summary>
    public static Matrix3 operator *(Matrix3 a, Matrix3 b) => new(
        (a.M11 * b.M11) + (a.M12 * b.M21) + (a.M13 * b.M31), (a.M11 * b.M12) + (a.M12 * b.M22) + (a.M13 * b.M32), (a.M11 * b.M13) + (a.M12 * b.M23) + (a.M13 * b.M33),
        (a.M21 * b.M11) + (a.M22 * b.M21) + (a.M23 * b.M31), (a.M21 * b.M12) + (a.M22 * b.M22) + (a.M23 * b.M32), (a.M21 * b.M13) + (a.M22 * b.M23) + (a.M23 * b.M33),
        (a.M31 * b.M11) + (a.M32 * b.M21) + (a.M33 * b.M31), (a.M31 * b.M12) + (a.M32 * b.M22) + (a.M33 * b.M32), (a.M31 * b.M13) + (a.M32 * b.M23) + (a.M33 * b.M33));

    /// <summary>The matrix applied to a column vector.</summary>
    public static Vector3 operator *(Matrix3 m, Vector3 v) => new(
        (m.M11 * v.X) + (m.M12 * v.Y) + (m.M13 * v.Z),
        (m.M21 * v.X) + (m.M22 * v.Y) + (m.M23 * v.Z),
        (m.M31 * v.X) + (m.M32 * v.Y) + (m.M33 * v.Z));

    /// <summary>The transpose (the inverse, for a rotation).</summary>
    public Matrix3 Transpose() => new(M11, M21, M31, M12, M22, M32, M13, M23, M33);

    /// <summary>The determinant.</summary>
    public double Determinant() =>
        (M11 * ((M22 * M33) - (M23 * M32))) - (M12 * ((M21 * M33) - (M23 * M31))) + (M13 * ((M21 * M32) - (M22 * M31)));

    /// <summary>The inverse; throws <see cref="InvalidOperationException"/> when the matrix is singular.</summary>
    public Matrix3 Inverse()
    {
        var det = Determinant();
        if (det == 0 || !double.IsFinite(det))
        {
            throw new InvalidOperationException("the matrix is singular");
        }

        var i = 1.0 / det;
        return new Matrix3(
            ((M22 * M33) - (M23 * M32)) * i, ((M13 * M32) - (M12 * M33)) * i, ((M12 * M23) - (M13 * M22)) * i,
            ((M23 * M31) - (M21 * M33)) * i, ((M11 * M33) - (M13 * M31)) * i, ((M13 * M21) - (M11 * M23)) * i,
            ((M21 * M32) - (M22 * M31)) * i, ((M12 * M31) - (M11 * M32)) * i, ((M11 * M22) - (M12 * M21)) * i);
    }

    /// <summary>The matrix scaled by a positive factor so that its largest absolute entry is 1; the sign is kept.</summary>
    public Matrix3 NormalizedByMaxAbs()
    {
        double[] all = [M11, M12, M13, M21, M22, M23, M31, M32, M33];
        var max = all.Max(Math.Abs);
        if (max == 0)
        {
            return this;
        }

        return new Matrix3(M11 / max, M12 / max, M13 / max, M21 / max, M22 / max, M23 / max, M31 / max, M32 / max, M33 / max);
    }
}
