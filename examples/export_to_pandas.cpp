// export_to_pandas: write the projects and indicators of the embedded dataset as CSV files
// that pandas (or R) reads without options:
//
//   import pandas as pd
//   projects = pd.read_csv("projects.csv")
//   figures = pd.read_csv("indicators.csv")
//   print(figures[["name", "value.value", "value.bound", "value.unit", "value.currency"]])
//
// Bounds, units and dates have their own columns; lists are joined with "|".
#include <regcoop/io/csv.hpp>
#include <regcoop/data/china_central_asia.hpp>

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : ".";
  const regcoop::dataset ds = regcoop::data::china_central_asia();
  std::ofstream projects(dir + "/projects.csv"), indicators(dir + "/indicators.csv");
  regcoop::write_csv(projects, ds.projects());
  regcoop::write_csv(indicators, ds.indicators());
  std::cout << "wrote " << dir << "/projects.csv (" << ds.projects().size() << " rows) and " << dir
            << "/indicators.csv (" << ds.indicators().size() << " rows)\n";
  return projects && indicators ? 0 : 1;
}
