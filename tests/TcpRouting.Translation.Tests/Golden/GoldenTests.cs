using FluentAssertions;
using TcpRouting.Translation.Output;

namespace TcpRouting.Translation.Tests.Golden;

/// <summary>
/// Each fixture's translation, as `routes -o json` prints it, must equal its expected.json byte for byte.
/// UPDATE_GOLDEN=1 rewrites the expected files on purpose (review the diff before committing).
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases => GoldenFixtures.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Translation_matches_the_expected_json(string name)
    {
        var actual = RouteTableJson.Write(Translator.Translate(GoldenFixtures.Snapshot(name)));
        var expectedFile = Path.Combine(GoldenFixtures.Directory, name, "expected.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedFile, actual);
        }

        File.Exists(expectedFile).Should().BeTrue($"{name}/expected.json is missing: run the tests with UPDATE_GOLDEN=1 and review it");
        actual.Should().Be(File.ReadAllText(expectedFile));
    }

    [Fact]
    public void Every_fixture_folder_has_an_input()
    {
        var folders = Directory.GetDirectories(GoldenFixtures.Directory).Select(Path.GetFileName);
        folders.Should().BeEquivalentTo(Cases.Select(c => c.Data));
    }
}
