"""Adds what a team makes on its own in LibreOffice: a sheet "Egen analys" with a chart and a pivot table
(DataPilot) over the case table, and saves the workbook as .xlsx, as LibreOffice writes it.

Usage: /usr/bin/python3 analysisInLibreOffice.py IN.xlsx OUT.xlsx PROFILE_DIR
Runs a headless soffice of its own (a throw-away profile) and talks to it over UNO.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(100):
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except Exception:
            time.sleep(0.2)
    raise RuntimeError('soffice did not answer')


def main(source, target, profile):
    pipe = f'uppf{os.getpid()}'
    office = subprocess.Popen([
        'soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--norestore', '--nologo',
        f'--accept=pipe,name={pipe};urp;',
    ])
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
        sheets = document.Sheets
        cases = sheets.getByName('Ärenden')
        sheets.insertNewByName('Egen analys', sheets.Count)
        own = sheets.getByName('Egen analys')
        own.getCellByPosition(0, 0).String = 'Ärenden per enhet'
        own.getCellByPosition(0, 1).String = 'Vuxenenheten'
        own.getCellByPosition(1, 1).Formula = '=COUNTIF($Ärenden.C:C;A2)'
        own.getCellByPosition(0, 2).String = 'Barn- och ungdomsenheten'
        own.getCellByPosition(1, 2).Formula = '=COUNTIF($Ärenden.C:C;A3)'
        chart_range = CellRangeAddress(own.RangeAddress.Sheet, 0, 1, 1, 2)
        own.Charts.addNewByName('Enheter', Rectangle(500, 3000, 12000, 7000), (chart_range,), False, False)
        used = cases.createCursor()
        used.gotoEndOfUsedArea(False)
        last_row = used.RangeAddress.EndRow
        source_range = CellRangeAddress(cases.RangeAddress.Sheet, 0, 1, 5, last_row)
        pilot = own.DataPilotTables.createDataPilotDescriptor()
        pilot.SourceRange = source_range
        fields = pilot.DataPilotFields
        unit = fields.getByIndex(2)
        unit.Orientation = uno.Enum('com.sun.star.sheet.DataPilotFieldOrientation', 'ROW')
        ident = fields.getByIndex(0)
        ident.Orientation = uno.Enum('com.sun.star.sheet.DataPilotFieldOrientation', 'DATA')
        ident.Function = uno.Enum('com.sun.star.sheet.GeneralFunction', 'COUNT')
        own.DataPilotTables.insertNewByName('Pivot1', CellAddress(own.RangeAddress.Sheet, 4, 0), pilot)
        document.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == '__main__':
    main(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3]))
