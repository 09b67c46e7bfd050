export const USAGE = `Användning: uppfoljning <kommando> [val]

  new <ut.xlsx> [--example] [--force]   Skapa en tom uppföljning, eller en med fiktiva exempelärenden
  import <ärenden.csv> <ut.xlsx> [--force]
                                        Skapa en uppföljning med ärendena i en CSV-fil (; eller , UTF-8 eller Windows-1252)
  check <arbetsbok.xlsx> [--json]       Kontrollera ärendena; avslutas med kod 1 om något fel finns
  results <arbetsbok.xlsx> [-o <ut.xlsx>] [--json]
                                        Skriv resultatbladet (i filen, eller i -o) och visa huvudresultaten
  --help, --version

--force skriver över en befintlig fil. Utan det skrivs ingen befintlig fil över.`;
