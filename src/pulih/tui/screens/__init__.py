"""One file per screen. Screens are views: data in through the constructor, results out by dismiss()."""
