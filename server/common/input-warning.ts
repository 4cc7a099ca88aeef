import { Field, ObjectType } from 'type-graphql';

/** A non-blocking advice on input (e.g. a name that does not follow the naming pattern). */
@ObjectType({ description: 'Advice about the input that did not block the change (e.g. naming pattern), in Chinese.' })
export class InputWarning {
  @Field(() => String, { description: 'Input field concerned.' })
  field!: string;
  @Field(() => String, { description: 'What is advised, in Chinese.' })
  message!: string;
  @Field(() => String, { nullable: true, description: 'A suggested value, when one can be derived.' })
  suggestion!: string | null;
}
