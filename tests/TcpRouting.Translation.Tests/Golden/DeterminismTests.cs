using FluentAssertions;
using TcpRouting.Translation.Output;

namespace TcpRouting.Translation.Tests.Golden;

public sealed class DeterminismTests
{
    public static TheoryData<string> Cases => GoldenFixtures.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shuffled_input_gives_byte_identical_output_and_fingerprint(string name)
    {
        var snapshot = GoldenFixtures.Snapshot(name);
        var expected = Translator.Translate(snapshot);
        var random = new Random(name.Length * 7919);
        for (var round = 0; round < 3; round++)
        {
            var shuffled = snapshot.Objects.OrderBy(_ => random.Next()).ToArray();
            var actual = Translator.Translate(snapshot with { Objects = [.. shuffled] });
            RouteTableJson.Write(actual).Should().Be(RouteTableJson.Write(expected));
            actual.Table.Fingerprint.Should().Be(expected.Table.Fingerprint);
        }
    }
}
