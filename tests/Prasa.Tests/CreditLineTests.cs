using Prasa.Metadata;

namespace Prasa.Tests;

public class CreditLineTests
{
    [Theory]
    [InlineData("Strażacy gasili pożar hali przez całą noc. Fot. Jan Kowalski", true)]
    [InlineData("Die Bühne am Abend des Festivals. Foto: Anna Berg", true)]
    // A prefix word ending the sentence is no credit: nobody is named after it.
    [InlineData("The actress shared her new make-up photos.", false)]
    [InlineData("Zobaczcie nasze najnowsze zdjęcia.", false)]
    [InlineData("A quiet street in the old town of Kraków at dawn", false)]
    // An agency named alone after the caption's last sentence; in brackets it may as well sign a story.
    [InlineData("Fishing boats wait in the harbour of Vigo for the storm to pass. EFE", true)]
    [InlineData("시민들이 15일 서울 광화문광장에서 행진하고 있다. 뉴시스", true)]
    [InlineData("Die Polizei sperrte die Straße am Abend für mehrere Stunden. (dpa)", false)]
    // A story's last paragraph may close with the agency's signature after a space; glued on, it is a caption's.
    [InlineData("El Gobierno aprobó este martes el nuevo plan de vivienda, que prevé construir cien mil pisos en cinco años y ampliar las ayudas al alquiler para los jóvenes, según informó el ministerio. EFE", false)]
    [InlineData("Fishing boats wait in the harbour of Vigo for the storm to pass, while the port authority keeps every ferry in port and the coast guard warns of waves of up to nine metres.EFE", true)]
    [InlineData("The minister said the talks would resume next week in Paris. Reuters reported it first", false)]
    public void A_credit_glued_to_a_caption_names_someone(string line, bool glued) =>
        Assert.Equal(glued, CreditLine.HasGluedCredit(line));
}
