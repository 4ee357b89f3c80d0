#pragma once
/// @file regcoop.hpp
/// @brief The umbrella header: the model and the dataset. JSON is in `regcoop/io/json.hpp`.

#include "regcoop/model/agreement.hpp"
#include "regcoop/model/border.hpp"
#include "regcoop/model/corridor.hpp"
#include "regcoop/model/country.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/date.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/model/error.hpp"
#include "regcoop/model/figure.hpp"
#include "regcoop/model/id.hpp"
#include "regcoop/model/indicator.hpp"
#include "regcoop/model/mechanism.hpp"
#include "regcoop/model/party.hpp"
#include "regcoop/model/project.hpp"
#include "regcoop/model/records.hpp"
#include "regcoop/model/sector.hpp"
#include "regcoop/model/source.hpp"
#include "regcoop/version.hpp"
