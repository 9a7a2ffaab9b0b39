# Mixins cooperating via super() in a common method; order follows the MRO.
class Saver:
    def save(self):
        return ["Saver"]
class JSONMixin(Saver):
    def save(self):
        return ["JSON"] + super().save()
class LogMixin(Saver):
    def save(self):
        return ["Log"] + super().save()
class ValidateMixin(Saver):
    def save(self):
        return ["Validate"] + super().save()
class Model(LogMixin, ValidateMixin, JSONMixin):
    def save(self):
        return ["Model"] + super().save()
print(Model().save())
print([c.__name__ for c in Model.__mro__])
class Model2(JSONMixin, LogMixin):
    pass
print(Model2().save())
