#pragma once
/// @file regcoop.hpp
/// @brief The umbrella header: the model and the dataset. JSON is in `regcoop/json.hpp`.

#include "regcoop/agreement.hpp"
#include "regcoop/border.hpp"
#include "regcoop/corridor.hpp"
#include "regcoop/country.hpp"
#include "regcoop/dataset.hpp"
#include "regcoop/date.hpp"
#include "regcoop/enum.hpp"
#include "regcoop/error.hpp"
#include "regcoop/figure.hpp"
#include "regcoop/id.hpp"
#include "regcoop/indicator.hpp"
#include "regcoop/mechanism.hpp"
#include "regcoop/party.hpp"
#include "regcoop/project.hpp"
#include "regcoop/records.hpp"
#include "regcoop/sector.hpp"
#include "regcoop/source.hpp"
#include "regcoop/version.hpp"
