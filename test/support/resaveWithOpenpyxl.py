"""Loads a workbook with openpyxl and saves it again, as a team's script would (openpyxl writes absolute
part names and its own index parts). Usage: /usr/bin/python3 resaveWithOpenpyxl.py IN.xlsx OUT.xlsx"""
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
workbook.save(sys.argv[2])
