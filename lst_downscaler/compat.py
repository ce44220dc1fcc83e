"""Where the QGIS API differs between the versions the plugin supports (3.22 to 3.40)."""


def renderer_band(renderer):
    """The band a single-band renderer draws: ``inputBand()`` from QGIS 3.38 on, ``band()`` before."""
    return renderer.inputBand() if hasattr(renderer, "inputBand") else renderer.band()


def model_output_parameter(model, child_id, output_name):
    """The name of the model parameter that receives output ``output_name`` of child
    ``child_id``: "child:OUTPUT" in QGIS 3.22, a safe name of the model output (e.g. "output")
    in 3.40, where the parameter's metadata names the child and its output."""
    for definition in model.destinationParameterDefinitions():
        metadata = definition.metadata()
        if (definition.name() == f"{child_id}:{output_name}"
                or (metadata.get("_modelChildId"), metadata.get("_modelChildOutputName")) == (child_id, output_name)):
            return definition.name()
    raise KeyError(f"{child_id}:{output_name} is not an output of the model")
