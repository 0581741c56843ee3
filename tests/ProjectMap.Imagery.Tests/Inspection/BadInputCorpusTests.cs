using ProjectMap.Imagery.Inspection;
using ProjectMap.Imagery.Metadata;
using ProjectMap.Testing;

namespace ProjectMap.Imagery.Tests.Inspection;

/// <summary>One test per bad input of issue 3; each file is rejected with a specific reason and nothing throws.</summary>
public sealed class BadInputCorpusTests
{
    private static PhotoInspection Inspect(string name) => PhotoInspector.InspectFile(TestFiles.Path(name));

    private static void AssertRejected(string name, string reasonPart)
    {
        var result = Inspect(name);
        Assert.Equal(InspectionStatus.Rejected, result.Status);
        Assert.Contains(reasonPart, result.Reason, StringComparison.Ordinal);
        Assert.Null(result.Footprint);
    }

    [Fact]
    public void Inspect_ValidDjiPhoto_IsGeoreferencedWithoutWarnings()
    {
        var result = Inspect(TestFiles.ValidDji);

        Assert.Equal(InspectionStatus.Ok, result.Status);
        Assert.Empty(result.Warnings);
        Assert.Equal(64, result.Sha256!.Length);
        Assert.NotNull(result.Footprint);
    }

    [Fact]
    public void Inspect_TruncatedJpeg_RejectedForMissingEndOfImage() =>
        AssertRejected("issue3-truncated.jpg", "truncated JPEG");

    [Fact]
    public void Inspect_JpegCutInsideItsHeaders_RejectedAsTruncated() =>
        AssertRejected("issue3-truncated-header.jpg", "truncated or corrupt");

    [Fact]
    public void Inspect_TextFileNamedJpg_RejectedAsNotAnImage() =>
        AssertRejected("issue3-not-an-image.jpg", "not a JPEG or TIFF photo");

    [Fact]
    public void Inspect_NoGps_RejectedForMissingPosition() =>
        AssertRejected("issue3-no-gps.jpg", "no GPS position");

    [Fact]
    public void Inspect_GpsAtZeroZero_RejectedAsNoFix() =>
        AssertRejected("issue3-gps-zero.jpg", "0°, 0°");

    [Fact]
    public void Inspect_NaNGimbalPitch_RejectedAsNotFinite() =>
        AssertRejected("issue3-nan-angles.jpg", "camera pitch is not a finite angle");

    [Fact]
    public void Inspect_GimbalPitchMinus135_RejectedAsOutOfRange() =>
        AssertRejected("issue3-angle-out-of-range.jpg", "camera pitch -135° is outside -90°..90°");

    [Fact]
    public void Inspect_PhonePhotoWithoutPose_RejectedForMissingPitchNotForcedToNadir() =>
        AssertRejected("issue3-phone-no-pose.jpg", "no camera pitch");

    [Fact]
    public void Inspect_NoRelativeAltitude_RejectedRatherThanUsingAbsoluteAltitude() =>
        AssertRejected("issue3-no-relative-altitude.jpg", "absolute and GPS altitude are never used as height");

    [Fact]
    public void Inspect_UnknownCameraWithoutIntrinsics_RejectedNotGuessed() =>
        AssertRejected("issue3-unknown-camera.jpg", "no usable intrinsics");

    [Fact]
    public void Inspect_AbsurdHeaderDimensions_RejectedBeforeDecoding() =>
        AssertRejected("issue3-absurd-dimensions.jpg", "60000 × 60000");

    [Fact]
    public void Inspect_XxePayloadInXmp_RejectedAndNoEntityResolved()
    {
        var result = Inspect("issue3-xxe.jpg");

        Assert.Equal(InspectionStatus.Rejected, result.Status);
        Assert.Contains("DTD or entities", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void XmpPacketParse_DoctypeHiddenFromTheScreenByUtf16_StillRefusedByTheXmlReader()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">&e;</x:xmpmeta>";
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(xml)).ToArray();

        var e = Assert.Throws<PhotoRejectedException>(() => XmpPacket.Parse(bytes));

        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_HostileFileName_NameIsShownSafelyAndNeverUsedAsAPath()
    {
        using var temp = new TempDirectory();
        var hostile = "..\n\u001b[31mevil$(rm -rf ~);'\".jpg";
        var path = temp.Combine(hostile);
        File.Copy(TestFiles.Path(TestFiles.ValidDji), path);

        var result = PhotoInspector.InspectFile(path);

        Assert.Equal(InspectionStatus.Ok, result.Status);
        Assert.DoesNotContain('\n', result.FileName);
        Assert.DoesNotContain('\u001b', result.FileName);
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Inspect_MissingFile_RejectedWithReason()
    {
        var result = PhotoInspector.InspectFile(TestFiles.Path("issue3-does-not-exist.jpg"));

        Assert.Equal(InspectionStatus.Rejected, result.Status);
        Assert.Contains("cannot read the file", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_FileOverTheSizeLimit_RejectedUnread()
    {
        var options = new InspectionOptions { Metadata = new MetadataReadOptions { MaxFileBytes = 1000 } };

        var result = PhotoInspector.InspectFile(TestFiles.Path(TestFiles.ValidDji), options);

        Assert.Equal(InspectionStatus.Rejected, result.Status);
        Assert.Null(result.Sha256);
        Assert.Contains("larger than the 1000 bytes allowed", result.Reason, StringComparison.Ordinal);
    }
}
