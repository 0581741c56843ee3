namespace ProjectMap.Imagery.Correction;

/// <summary>The transform a correction fits, chosen by the number of control pairs.</summary>
public enum CorrectionModel
{
    /// <summary>2 pairs: rotation, uniform scale and shift (with the row axis flipped, as image rows run south on the ground).</summary>
    Similarity,

    /// <summary>3 pairs: a general affine transform.</summary>
    Affine,

    /// <summary>4 or more pairs: a projective transform (homography) by least squares, normalised DLT.</summary>
    Homography,
}
